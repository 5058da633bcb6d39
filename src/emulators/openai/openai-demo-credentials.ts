/**
 * The key the OpenAI emulator accepts by default. Obviously fake and public on purpose: it unlocks
 * nothing but the emulator, so the sandbox and CLI demos run with no real account.
 */
export const DEMO_OPENAI_API_KEY = 'demo-openai-api-key';
