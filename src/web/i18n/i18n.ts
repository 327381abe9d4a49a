import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import type { Language } from './format';
import { vi } from './vi';

const STORED_LANGUAGE = 'talent.language';

function initialLanguage(): Language {
  // The chosen language is not a secret; it is the one thing the app keeps in localStorage.
  return localStorage.getItem(STORED_LANGUAGE) === 'en' ? 'en' : 'vi';
}

export function setupI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'vi',
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
  });
  document.documentElement.lang = i18next.language;
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORED_LANGUAGE, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

/** The translation function and the current language, typed to the two the app speaks. */
export function useI18n(): { t: ReturnType<typeof useTranslation>['t']; language: Language } {
  const { t, i18n } = useTranslation();
  return { t, language: i18n.language === 'en' ? 'en' : 'vi' };
}

/** Vietnamese whatever the chosen language: official documents (the result sheet) are in Vietnamese. */
export function useVietnamese(): ReturnType<typeof useTranslation>['t'] {
  const { i18n } = useTranslation();
  return i18n.getFixedT('vi');
}
