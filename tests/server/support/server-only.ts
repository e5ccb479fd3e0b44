// vitest runs outside Next's "react-server" condition, where the real `server-only` throws.
export {};
