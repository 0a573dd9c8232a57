// Types for icons.mjs, which the packaging unit tests import too.
export declare const iconSource: string;
export declare const iconsFolder: string;
export declare function writeInstallerIcons(root?: string, outDir?: string): Promise<string[]>;
