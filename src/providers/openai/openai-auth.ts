/**
 * How the API key travels. OpenAI takes `Authorization: Bearer <key>`; Azure OpenAI's v1 API
 * (`https://<resource>.openai.azure.com/openai/v1`, same Videos schema) takes an `api-key` header.
 */
export type OpenAIAuthStyle = 'bearer' | 'api-key';

/** Azure hosts that serve the OpenAI v1 API with `api-key` authentication. */
const AZURE_HOST_SUFFIXES = ['.openai.azure.com', '.cognitiveservices.azure.com', '.services.ai.azure.com'];

/** 'api-key' for Azure OpenAI hosts, else 'bearer' (OpenAI, proxies, our emulator). */
export function detectOpenAIAuthStyle(baseUrl: string): OpenAIAuthStyle {
  let hostname: string;
  try {
    hostname = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    // A base URL that does not parse is not an Azure host, so plain bearer auth; the request to it fails with its own error.
    return 'bearer';
  }
  return AZURE_HOST_SUFFIXES.some((suffix) => hostname.endsWith(suffix)) ? 'api-key' : 'bearer';
}

/** The header carrying the key, in the style the endpoint expects. */
export function openaiAuthHeaders(apiKey: string, style: OpenAIAuthStyle): Record<string, string> {
  return style === 'api-key' ? { 'api-key': apiKey } : { authorization: `Bearer ${apiKey}` };
}
