/// <reference types="vite/client" />
// moment's ESM locale files ship without type declarations
declare module 'moment/dist/locale/*'
