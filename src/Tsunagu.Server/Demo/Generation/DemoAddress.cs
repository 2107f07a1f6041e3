namespace Tsunagu.Server.Demo.Generation;

/// <summary>A street address (住所) and its postal code (郵便番号, 123-4567).</summary>
internal readonly record struct DemoAddress(string Text, string PostNumber);
