// XML exports read back with saxes, a strict XML 1.0 parser, so a file that is not well-formed
// fails a test before it fails in Gephi; and the lookups GraphML and GEXF readers do.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses strictly (throws on any well-formedness error) into a small element tree. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.write(xml).close();
  const [document] = root.children;
  if (!document) throw new Error('no document element');
  return document;
}

/** Every element named `name` below `element`, parents before their children's. */
export const elementsNamed = (element: XmlElement, name: string): XmlElement[] => [
  ...element.children.filter((c) => c.name === name),
  ...element.children.flatMap((c) => elementsNamed(c, name)),
];

/** GraphML <data> of an element by key id. */
export const graphmlData = (element: XmlElement | undefined, key: string): string | undefined =>
  element?.children.find((c) => c.name === 'data' && c.attributes.key === key)?.text;

/** GEXF <attvalue> of an element by attribute id. */
export const gexfValue = (element: XmlElement | undefined, name: string): string | undefined =>
  element &&
  elementsNamed(element, 'attvalue').find((v) => v.attributes.for === name)?.attributes.value;
