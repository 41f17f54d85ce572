import type { SeatTemplate } from '../../src/contract/template';

/**
 * The seat template the mock backend serves (DESIGN.md section 4). Sites and device models are filled
 * in per account, because the allowed values are the account's own. Every column has its French and
 * Spanish label; English shows the header.
 */
export function defaultSeatTemplate(sites: readonly string[], deviceModels: readonly string[], deskPhones: readonly string[]): SeatTemplate {
  return {
    version: '2025-01-15',
    columns: [
      { key: 'firstName', header: 'First Name', labels: { fr: 'Prénom', es: 'Nombre' }, required: true, unique: false, synonyms: ['first_name', 'firstname', 'Given Name', 'Forename'], synonymsByLanguage: { fr: ['Prénom usuel'], es: ['Nombre de pila', 'Nombres'] }, rule: { type: 'text', minLength: 1, maxLength: 64 }, example: 'Ada' },
      { key: 'lastName', header: 'Last Name', labels: { fr: 'Nom', es: 'Apellido' }, required: true, unique: false, synonyms: ['last_name', 'lastname', 'Surname', 'Family Name'], synonymsByLanguage: { fr: ['Nom de famille'], es: ['Apellidos'] }, rule: { type: 'text', minLength: 1, maxLength: 64 }, example: 'Lovelace' },
      { key: 'email', header: 'Email', labels: { fr: 'E-mail', es: 'Correo' }, required: true, unique: true, synonyms: ['E-mail', 'Email Address', 'Mail'], synonymsByLanguage: { fr: ['Courriel', 'Adresse e-mail', 'Adresse électronique', 'Mél'], es: ['Correo electrónico', 'Dirección de correo'] }, rule: { type: 'email', maxLength: 254 }, example: 'ada.lovelace@example.com' },
      { key: 'extension', header: 'Extension', labels: { fr: 'Extension', es: 'Extensión' }, required: true, unique: true, synonyms: ['Ext', 'Ext.', 'Extension Number'], synonymsByLanguage: { fr: ['Poste', 'Numéro de poste'], es: ['Anexo', 'Interno'] }, rule: { type: 'digits', minLength: 2, maxLength: 6 }, description: 'Leading zeros are kept.', example: '1250' },
      { key: 'site', header: 'Site', labels: { fr: 'Site', es: 'Sede' }, required: true, unique: false, synonyms: ['Location', 'Office'], synonymsByLanguage: { fr: ['Lieu', 'Bureau'], es: ['Oficina', 'Ubicación'] }, rule: { type: 'choice', values: [...sites] }, example: sites[0] ?? '' },
      { key: 'directNumber', header: 'Direct Number', labels: { fr: 'Numéro direct', es: 'Número directo' }, required: false, unique: true, synonyms: ['DID', 'Direct Dial', 'Phone Number'], synonymsByLanguage: { fr: ['Ligne directe', 'Téléphone direct'], es: ['Línea directa', 'Teléfono directo'] }, rule: { type: 'phone', region: 'NANP' }, description: "One of the account's spare numbers.", example: '+1 415 555 0150' },
      { key: 'mobileNumber', header: 'Mobile Number', labels: { fr: 'Numéro de mobile', es: 'Móvil' }, required: false, unique: false, synonyms: ['Mobile', 'Cell', 'Cell Phone'], synonymsByLanguage: { fr: ['Portable', 'Téléphone mobile'], es: ['Celular', 'Teléfono móvil'] }, rule: { type: 'phone', region: 'NANP' }, example: '(415) 555-0123' },
      { key: 'role', header: 'Role', labels: { fr: 'Rôle', es: 'Rol' }, required: false, unique: false, synonyms: ['User Role'], synonymsByLanguage: { fr: ['Profil'], es: ['Perfil'] }, rule: { type: 'choice', values: ['User', 'Admin'], default: 'User' }, example: 'User' },
      { key: 'deviceModel', header: 'Device Model', labels: { fr: 'Modèle de téléphone', es: 'Modelo de teléfono' }, required: false, unique: false, synonyms: ['Device', 'Phone Model'], synonymsByLanguage: { fr: ['Modèle', 'Appareil'], es: ['Modelo', 'Dispositivo'] }, rule: { type: 'choice', values: [...deviceModels] }, example: deviceModels[0] ?? '' },
      { key: 'macAddress', header: 'MAC Address', labels: { fr: 'Adresse MAC', es: 'Dirección MAC' }, required: false, unique: true, synonyms: ['MAC', 'Mac Addr'], synonymsByLanguage: { fr: ['MAC'], es: ['MAC'] }, rule: { type: 'mac' }, requiredWhen: deskPhones.length > 0 ? { column: 'deviceModel', values: [...deskPhones] } : undefined, description: 'Required for desk phones.', example: '80:5E:C0:12:34:56' },
      { key: 'callerIdName', header: 'Caller ID Name', labels: { fr: "Nom affiché à l'appelé", es: 'Nombre de identificación de llamada' }, required: false, unique: false, synonyms: ['Caller ID', 'CNAM', 'Display Name'], synonymsByLanguage: { fr: ['Nom affiché'], es: ['Nombre mostrado'] }, rule: { type: 'text', minLength: 1, maxLength: 15 }, example: 'Ada Lovelace' },
      { key: 'addressBook', header: 'Address Book', labels: { fr: 'Annuaire', es: 'Libreta de direcciones' }, required: false, unique: false, synonyms: ['Directory', 'List in Address Book'], synonymsByLanguage: { fr: ['Dans l’annuaire', 'Répertoire'], es: ['Directorio', 'En el directorio'] }, rule: { type: 'choice', values: ['Yes', 'No'], default: 'Yes' }, description: 'List in the global address book.', example: 'Yes' },
    ],
  };
}
