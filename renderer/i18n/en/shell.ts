export default {
  'language.title': 'Language',
  'language.label': 'Language of the console',
  'language.system': 'Same as the system',
  'language.help': 'Certn and iCIMS keep their English names, and their portals are in English: the console quotes their labels as you will see them, with the meaning beside them. The handoff and the request e-mail can be written in another language for the consultant.',
  'stepNav.label': 'Setup steps',
  'stepState.todo': 'Not started',
  'stepState.in_progress': 'In progress',
  'stepState.done': 'Done',
  'stepState.attention': 'Needs attention',
} as const;
