// "In which municipality?" — shown only to people who may create processes in more than one.
import type { Org } from './api.ts';

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
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {orgs.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
    </div>
  );
}
