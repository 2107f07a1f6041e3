namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>One drug of the medication history (薬剤情報): code, name, 分量 and unit, 用法, 剤形区分 and days supplied.</summary>
public sealed record HistoryDrugView(int Line, string? Code, string Name, decimal Quantity, string Unit, string Usage, string DosageForm, int DaysSupply);
