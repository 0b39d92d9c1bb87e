// The wizard's step titles and the way every message points at a step.
export default {
  connect: 'Connect Certn',
  packages: 'Packages',
  icims: 'iCIMS request',
  certn: 'Certn connection',
  handoff: 'Handoff',
  golive: 'Go-live',
  ref: 'step {number}, {title}',
  refCapital: 'Step {number}, {title}',
} as const;
