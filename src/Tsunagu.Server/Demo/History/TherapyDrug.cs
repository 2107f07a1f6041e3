namespace Tsunagu.Server.Demo.History;

/// <summary>One drug of a therapy: the demo product by its 薬価基準 code, and its 分量 (1日量 for 内服, 1回量 for 頓服; 外用 takes the amount of each visit).</summary>
internal sealed record TherapyDrug(string PriceListCode, decimal Quantity);
