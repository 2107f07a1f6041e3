namespace Tsunagu.Domain.Drugs;

/// <summary>One row of a 医薬品マスター file: the drug and its 変更区分.</summary>
public sealed record DrugMasterRecord(MasterChange Change, Drug Drug);
