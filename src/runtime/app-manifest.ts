import { useEffect, useRef } from 'react';
import type { AppEntry } from '../bridge/contract';
import { useAppRoute } from './react';

/**
 * An app declared once: what the host's menu shows (id, title, description, icon, route) and the
 * sections its URL can name, the first being where it opens. The catalogue, the lifecycles, the
 * shell, the stories and the tests all read it, so none repeats a name or a path.
 */
export interface AppManifest<Section extends string = string> extends Omit<AppEntry, 'load'> {
  readonly sections: readonly [Section, ...Section[]];
}

/** The section the app opens on. */
export const defaultSection = <Section extends string>(manifest: AppManifest<Section>): Section => manifest.sections[0];

/** Where a story or a test mounts the app: its base path, a path inside it, its id and name. */
export function mountedAt(manifest: AppManifest, ...segments: string[]): { basePath: string; path: string; appId: AppEntry['id']; appName: string } {
  const path = segments.length === 0 ? manifest.route : `${manifest.route}/${segments.join('/')}`;
  return { basePath: manifest.route, path, appId: manifest.id, appName: manifest.title };
}

/** Options of {@link useSection}. */
export interface UseSectionOptions {
  /** Opens the default section on every entry into the app, whatever path it was mounted on (Teams' Setup). */
  readonly enterOnDefault?: boolean;
}

/**
 * The section the URL names (its first segment below the app's route), and a redirect to the default
 * section when it names none or an unknown one. Only while the path is inside the app: a path the host
 * moved elsewhere is never answered with a navigation.
 */
export function useSection<Section extends string>(
  manifest: AppManifest<Section>,
  { enterOnDefault = false }: UseSectionOptions = {},
): { section: Section; segments: readonly string[]; go: (path: string) => void } {
  const { segments, inside, go, redirect } = useAppRoute();
  const entered = useRef(false);
  const fallback = defaultSection(manifest);
  const named = manifest.sections.find((section) => section === segments[0]);
  useEffect(() => {
    if (!inside) return;
    if (enterOnDefault && !entered.current) {
      entered.current = true;
      if (segments[0] !== fallback || segments.length > 1) redirect(fallback);
      return;
    }
    if (named === undefined) redirect(fallback);
  }, [inside, segments, redirect, named, fallback, enterOnDefault]);
  return { section: named ?? fallback, segments, go };
}
