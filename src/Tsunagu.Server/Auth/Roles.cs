namespace Tsunagu.Server.Auth;

/// <summary>
/// The roles a token can carry: the organization kind's wire name, or admin. Every endpoint names the roles it allows
/// with <see cref="EndpointAuthorization.AllowRoles{TBuilder}"/>.
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Hospital = "hospital";
    public const string Clinic = "clinic";
    public const string Dental = "dental";
    public const string Pharmacy = "pharmacy";
    public const string VisitingNursing = "visiting-nursing";
    public const string Insurer = "insurer";
    public const string Municipality = "municipality";

    /// <summary>Every role, for tests and documentation.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Hospital, Clinic, Dental, Pharmacy, VisitingNursing, Insurer, Municipality];

    /// <summary>Facilities that see patients: 医療機関, 薬局, 訪問看護ステーション.</summary>
    public static IReadOnlyList<string> Facilities { get; } = [Hospital, Clinic, Dental, Pharmacy, VisitingNursing];
}
