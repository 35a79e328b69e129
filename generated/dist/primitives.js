// Primitive service types, named so a reader sees the format a string or number carries.
export {};
