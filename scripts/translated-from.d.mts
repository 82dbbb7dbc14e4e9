export declare const recordPath: string;
export declare function stamp(text: string): string;
export declare function englishStrings(): Map<string, string>;
export declare function currentStamps(): Record<string, string>;
