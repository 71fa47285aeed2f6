/** How the settings show numbers: probabilities as percentages, delays as ticks. */
export const percent = (p: number) => `${Math.round(p * 1000) / 10}%`;
