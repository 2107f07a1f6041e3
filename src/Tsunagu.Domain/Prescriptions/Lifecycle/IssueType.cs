namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>How a registered prescription was issued (IssueType, OQSCD017, plus the service's 院内処方等).</summary>
public enum IssueType
{
    /// <summary>1 電子処方箋: the original is electronic and carries the doctor's HPKI signature; the patient gets a 控え.</summary>
    Electronic = 1,

    /// <summary>2 紙の処方箋: the original is paper, registered so that checks and history see it; no signature needed.</summary>
    Paper = 2,

    /// <summary>院内処方等 (EPS-IF-401): dispensed inside the facility itself, registered only so that checks and history see it.</summary>
    InHouse = 3,
}
