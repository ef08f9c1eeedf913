/** Where a route goes when the journey has asked everything it needs. */
export const END = "end";
