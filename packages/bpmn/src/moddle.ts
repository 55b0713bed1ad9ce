// One place that creates bpmn-moddle instances, always with the Prozesswerk extension registered.
import { BpmnModdle } from 'bpmn-moddle';
import { prozesswerkPackage } from './extension.ts';

export function createModdle(): BpmnModdle {
  return new BpmnModdle({ pw: prozesswerkPackage });
}
