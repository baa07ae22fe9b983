/** suomifi's highlight and success colours as hex: the SVG charts write them into the fill and stroke attributes. */
export const chartColours = { bar: '#2a6ebb', target: '#09893f' } as const;
