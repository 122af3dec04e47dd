// The operations of the steady load (steadyLoad.ts): single-statement queries on the curated
// data, so a failure is one fast database failure. The fault test warms the API up with them.
export const LOAD_OPERATIONS = [
  '{ stats { entities relationships } }',
  '{ search(query: "武汉") { id name } }',
  '{ entity(id: "university:wust") { id name } }',
  '{ indicators(topic: "postdoctoral", first: 5) { id value } }',
];
