// Each sandboxed outside party registers itself on import; add one line per party.
export {};
