using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Organizations;

/// <summary>Errors raised when registering or looking up organizations.</summary>
public static class OrganizationErrors
{
    public static readonly ErrorCode UnknownKind = new(
        "ORG_KIND_UNKNOWN", ErrorKind.Invalid,
        "組織の種別が不明です（hospital, clinic, dental, pharmacy, visiting-nursing, insurer, municipality）。",
        "Unknown organization kind (expected hospital, clinic, dental, pharmacy, visiting-nursing, insurer or municipality).");

    public static readonly ErrorCode FeeScoreTableMismatch = new(
        "ORG_FEE_TABLE_MISMATCH", ErrorKind.Invalid,
        "医療機関コードの点数表番号が組織の種別と一致しません（医科1・歯科3・調剤4・訪問看護6）。",
        "The facility code's fee-table digit does not fit the kind (1 medical, 3 dental, 4 pharmacy, 6 visiting nursing).");

    public static readonly ErrorCode NameRequired = new(
        "ORG_NAME_REQUIRED", ErrorKind.Invalid, "名称が指定されていません。", "The name is required.");

    public static readonly ErrorCode NameTooLong = new(
        "ORG_NAME_TOO_LONG", ErrorKind.Invalid, "名称が長すぎます（200文字まで）。", "The name is too long (200 characters at most).");

    public static readonly ErrorCode BedsOutOfRange = new(
        "ORG_BEDS_OUT_OF_RANGE", ErrorKind.Invalid,
        "病床数が種別の範囲外です（病院は20床以上、診療所は19床以下）。",
        "The bed count does not fit the kind (hospitals 20 or more, clinics 19 or fewer).");

    public static readonly ErrorCode BedsNotApplicable = new(
        "ORG_BEDS_NOT_APPLICABLE", ErrorKind.Invalid,
        "病床数は病院と診療所にのみ指定できます。", "Only hospitals and clinics carry a bed count.");

    public static readonly ErrorCode LargeChainNotApplicable = new(
        "ORG_LARGE_CHAIN_NOT_APPLICABLE", ErrorKind.Invalid,
        "大型チェーン薬局の指定は薬局にのみできます。", "Only pharmacies can be marked as part of a large chain.");

    public static readonly ErrorCode AlreadyExists = new(
        "ORG_ALREADY_EXISTS", ErrorKind.Conflict,
        "同じコードの組織が既に登録されています。", "An organization with this code is already registered.");

    public static readonly ErrorCode NotFound = new(
        "ORG_NOT_FOUND", ErrorKind.NotFound, "組織が見つかりません。", "No organization has this code.");
}
