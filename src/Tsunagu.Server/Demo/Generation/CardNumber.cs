namespace Tsunagu.Server.Demo.Generation;

/// <summary>The 記号 (empty when the card has none) and 番号 of a 被保険者証 or 資格確認書.</summary>
internal sealed record CardNumber(string Symbol, string Number);
