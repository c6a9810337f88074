declare module '@postlight/parser';
