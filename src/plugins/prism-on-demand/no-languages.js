// Stands for the classic theme's Prism client module when no language is added (see index.ts).
export {};
