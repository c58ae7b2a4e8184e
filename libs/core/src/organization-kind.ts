/** The kinds of node in the org tree: Directorate -> Regional office (Kanwil) -> Unit (UPT). */
export type OrganizationKind = 'directorate' | 'regional_office' | 'unit';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['directorate', 'regional_office', 'unit'];
