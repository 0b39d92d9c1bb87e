// node-abi ships no types; the console uses only this function.
declare module 'node-abi' {
  export function getAbi(target: string, runtime?: 'node' | 'electron' | 'node-webkit'): string;
}
