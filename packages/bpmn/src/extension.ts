// The Prozesswerk extension namespace for BPMN: our attributes as a moddle package, so they parse without warnings.
import type { ModdlePackage } from 'bpmn-moddle';

export const PW_NAMESPACE = 'https://prozesswerk.de/schema/bpmn/1';

/*
 * `<pw:attrs …>` inside `bpmn:extensionElements` carries an activity's attributes, all as XML
 * attributes: bpmn-moddle writes line breaks there as `&#10;` and keeps every space, which element
 * content would not (whitespace-only text is dropped). Plain `pw:` attributes on BPMN elements carry what
 * has no BPMN home: the original id when the BPMN id had to differ, a lane's kind, the lane of a
 * document or note (BPMN lanes list flow nodes only), edge handles, the label of an association (or of a note whose text starts or ends with spaces), and `pw:noLane` on the pool
 * of a map without lanes (needed only to hold message flows), so the import adds no lane for it.
 * Since pools: `pw:noPool` on the participant that holds lanes and nodes of no pool, `pw:laneId` on a
 * pool drawn without lanes (the id of the one unnamed lane the map gives it), `pw:edgeKind` on an
 * association that stands for a connection BPMN does not allow where it is drawn (a message flow
 * inside one pool, a sequence flow between pools), `pw:link` (the library process a
 * sub-process opens), and `pw:routed` on a flow whose DI waypoints are the route the map stored (tidy-up,
 * an earlier import) rather than one the export made up, so importing our own file adds no route.
 */
export const prozesswerkPackage: ModdlePackage = {
  name: 'Prozesswerk',
  uri: PW_NAMESPACE,
  prefix: 'pw',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Attrs',
      superClass: ['Element'],
      properties: [
        { name: 'role', type: 'String', isAttr: true },
        { name: 'durationMin', type: 'Real', isAttr: true },
        { name: 'waitMin', type: 'Real', isAttr: true },
        { name: 'casesPerYear', type: 'Real', isAttr: true },
        { name: 'medium', type: 'String', isAttr: true },
        { name: 'itSystem', type: 'String', isAttr: true },
        { name: 'legalBasis', type: 'String', isAttr: true },
        { name: 'description', type: 'String', isAttr: true },
      ],
    },
    {
      name: 'ElementProps',
      extends: ['bpmn:BaseElement'],
      properties: [
        { name: 'originalId', type: 'String', isAttr: true },
        { name: 'laneKind', type: 'String', isAttr: true },
        { name: 'lane', type: 'String', isAttr: true },
        { name: 'sourceHandle', type: 'String', isAttr: true },
        { name: 'targetHandle', type: 'String', isAttr: true },
        { name: 'noLane', type: 'Boolean', isAttr: true },
        { name: 'label', type: 'String', isAttr: true },
        { name: 'noPool', type: 'Boolean', isAttr: true },
        { name: 'laneId', type: 'String', isAttr: true },
        { name: 'edgeKind', type: 'String', isAttr: true },
        { name: 'link', type: 'String', isAttr: true },
        { name: 'routed', type: 'Boolean', isAttr: true },
      ],
    },
  ],
};
