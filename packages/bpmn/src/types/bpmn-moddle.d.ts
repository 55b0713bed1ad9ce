// The slice of bpmn-moddle's API this package uses; the library ships types for its model but not for its entry point.
declare module 'bpmn-moddle' {
  /** Any element of a parsed or created model; properties are read through the typed views in moddle-types.ts. */
  export interface ModdleElement {
    readonly $type: string;
    $parent?: ModdleElement;
    $attrs?: Record<string, string>;
    id?: string;
    get(name: string): unknown;
    $instanceOf(type: string): boolean;
    set(name: string, value: unknown): void;
  }

  export interface ParseWarning {
    message: string;
    element?: ModdleElement;
  }

  export interface ParseResult {
    rootElement: ModdleElement;
    references: unknown[];
    warnings: ParseWarning[];
    elementsById: Record<string, ModdleElement>;
  }

  export interface ModdlePackage {
    name: string;
    uri: string;
    prefix: string;
    xml?: { tagAlias?: 'lowerCase' };
    types: {
      name: string;
      superClass?: string[];
      extends?: string[];
      properties: { name: string; type: string; isAttr?: boolean; isBody?: boolean; isMany?: boolean }[];
    }[];
    enumerations?: unknown[];
    associations?: unknown[];
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, ModdlePackage>, options?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
    toXML(
      element: ModdleElement,
      options?: { format?: boolean; preamble?: boolean },
    ): Promise<{ xml: string }>;
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
  }
}
