/** Name parts for generated people; varied on purpose (accents, apostrophes, hyphens). */
export const firstNames = [
  'Alex', 'Ana', 'Benoît', 'Carmen', 'Chen', 'Dana', 'Diego', 'Elena', 'Farah', 'Gabriel', 'Hana', 'Ivan', 'Jamal', 'Jia',
  'Kofi', 'Lena', 'Lucía', 'Marco', 'Mei', 'Nadia', 'Noah', 'Olivia', 'Omar', 'Priya', 'Quinn', 'Rafael', 'Sara', 'Sean',
  'Sofia', 'Tomás', 'Uma', 'Victor', 'Wei', 'Yara', 'Zoé',
] as const;

export const lastNames = [
  'Adams', 'Bauer', 'Castillo', 'Dubois', 'Evans', 'Fischer', 'García', 'Hughes', 'Ibrahim', 'Jensen', 'Kim', 'Lambert',
  'Martin', 'Nguyen', "O'Brien", 'Patel', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Ulrich', 'Vargas', 'Walker',
  'Xu', 'Yilmaz', 'Zimmer', 'Smith-Jones', 'Moreau', 'Okafor', 'Silva',
] as const;

/** A lower-case ASCII form of a name for addresses: accents and punctuation removed. */
export function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
