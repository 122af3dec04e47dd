// One operation of a change as answers hand it on (the parent of ChangeOperation's fields): its
// kind, target and the record as proposed, in the loader's file format, as JSON.
export interface ChangeOperationRecord {
  kind: string;
  target: string;
  record: string;
}
