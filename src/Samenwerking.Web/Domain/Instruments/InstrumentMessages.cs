namespace Samenwerking.Web.Domain.Instruments;

/// <summary>The Dutch messages for the regeling's own facts, shared by the validator and the database's constraints.</summary>
public static class InstrumentMessages
{
    public static readonly string EvaluationPeriod =
        $"De evaluatietermijn is een heel aantal jaren tussen {Arrangement.MinEvaluationPeriodYears} en {Arrangement.MaxEvaluationPeriodYears}.";

    public static readonly string ExitNotice = $"De opzegtermijn is een heel aantal maanden tussen 0 en {Arrangement.MaxExitNoticeMonths}.";

    public const string AmendedOnlyWhenAdapted = "Een datum van aanpassing hoort alleen bij een regeling die is aangepast.";

    public const string AdvisoryCommitteeOnlyOpenbaarLichaam =
        "Alleen een openbaar lichaam kan een gemeenschappelijke adviescommissie hebben (Wgr art. 24).";

    public const string AdvisoryCommitteeOnlyWhenThere = "Beschrijf de adviescommissie alleen als de regeling er een heeft.";

    public const string AmendedTooEarly = "De Wgr werd per 1 juli 2022 gewijzigd; een aanpassing daaraan ligt niet vóór 2022.";
}
