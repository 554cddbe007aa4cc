namespace Samenwerking.Web.Domain.Instruments;

/// <summary>
/// Whether a regeling was brought in line with the 2022 amendment of the Wgr, as far as the register knows:
/// what was recorded, and where nothing was, what the national register's versions suggest (never stated as a fact).
/// </summary>
public sealed record AmendmentAssessment(string Status, bool IsOverdue, string? RegisterHint)
{
    /// <summary>What was recorded, with <paramref name="currentVersionSince"/>: the date the version in force today came into force, from the national register.</summary>
    public static AmendmentAssessment Of(LegalForm form, AmendmentStatus? status, DateOnly? amendedOn, DateOnly? currentVersionSince, DateOnly today)
    {
        if (!form.IsGemeenschappelijkeRegeling())
        {
            return new AmendmentAssessment("Niet van toepassing: geen gemeenschappelijke regeling onder de Wgr.", false, null);
        }

        var deadline = CouncilInstruments.AmendmentDeadline;
        var late = today > deadline;
        var hint = currentVersionSince is not { } since ? null
            : since < CouncilInstruments.AmendmentInForce
                ? $"Het landelijk GR-register kent geen versie van na de wetswijziging: de geldende versie is in werking sinds {Dutch(since)}. Dat wijst erop dat de regeling niet is aangepast."
                : $"De geldende versie in het landelijk GR-register is in werking sinds {Dutch(since)}; of die de aanpassing bevat, staat niet in het register.";
        return status switch
        {
            AmendmentStatus.Aangepast when amendedOn is { } on && on > deadline =>
                new AmendmentAssessment($"Aangepast per {Dutch(on)}, na de wettelijke termijn van {Dutch(deadline)}.", false, null),
            AmendmentStatus.Aangepast when amendedOn is { } on => new AmendmentAssessment($"Aangepast per {Dutch(on)}.", false, null),
            AmendmentStatus.Aangepast => new AmendmentAssessment("Aangepast (datum niet geregistreerd).", false, null),
            AmendmentStatus.NietAangepast when late =>
                new AmendmentAssessment($"Niet aangepast: te laat, de regeling moest uiterlijk {Dutch(deadline)} in overeenstemming zijn met de gewijzigde wet.", true, hint),
            AmendmentStatus.NietAangepast => new AmendmentAssessment($"Nog niet aangepast; uiterlijk {Dutch(deadline)}.", false, hint),
            _ => new AmendmentAssessment("Niet geregistreerd.", false, hint),
        };
    }

    private static string Dutch(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
