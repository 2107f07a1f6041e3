namespace Tsunagu.Server.Demo.Generation;

/// <summary>A surname (姓) or given name (名) with its reading in full-width katakana.</summary>
internal readonly record struct NameEntry(string Kanji, string Kana);
