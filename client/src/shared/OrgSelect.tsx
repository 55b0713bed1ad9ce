// "In which municipality?" — shown only to people who may create processes in more than one.
import { SelectField } from './fields.tsx';
import type { Org } from './processes-api.ts';

type Props = {
  id: string;
  label: string;
  orgs: readonly Org[];
  value: string;
  onChange(orgId: string): void;
};

export function OrgSelect({ id, label, orgs, value, onChange }: Props) {
  if (orgs.length <= 1) return null;
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      options={orgs.map((org) => ({ value: org.id, label: org.name }))}
      onChange={onChange}
    />
  );
}
