using System.Globalization;
using FluentValidation;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Overview;

/// <summary>Checks the paragraph's texts before the service saves them; the database checks lengths, classes and years again.</summary>
public sealed class ParagraphTextsFormValidator : AbstractValidator<ParagraphTextsForm>
{
    public ParagraphTextsFormValidator()
    {
        RuleFor(f => f.Year).InclusiveBetween(FinancialYear.MinYear, FinancialYear.MaxYear)
            .WithMessage($"Kies een jaar tussen {FinancialYear.MinYear} en {FinancialYear.MaxYear}.");
        RuleFor(f => f.Regimes).Must(r => r.Select(x => x.RiskClass).Distinct().Count() == r.Count)
            .WithMessage("Elke risicoklasse komt één keer voor.");
        RuleForEach(f => f.Regimes).ChildRules(regime =>
        {
            regime.RuleFor(r => r.RiskClass).InclusiveBetween(Risk.MinClass, Risk.MaxClass)
                .WithMessage(r => $"Risicoklasse {r.RiskClass} bestaat niet: de klassen zijn {Risk.MinClass} (laag) tot {Risk.MaxClass} (hoog).");
            regime.RuleFor(r => r.Description).MaximumLength(RiskRegime.DescriptionMaxLength)
                .WithMessage(r => $"Het regime van risicoklasse {r.RiskClass} is {Thousands(r.Description!.Length)} tekens; het maximum is " +
                    $"{Thousands(RiskRegime.DescriptionMaxLength)}. Verwijs naar de nota voor de volledige tekst, of kort hem in. Er is niets opgeslagen; uw tekst staat nog in het veld.");
        });
        RuleFor(f => f.Parties).Must(p => p.Select(x => x.MembershipId).Distinct().Count() == p.Count)
            .WithMessage("Elke verbonden partij komt één keer voor.");
        RuleForEach(f => f.Parties).ChildRules(party =>
        {
            party.RuleFor(p => p.Vision).MaximumLength(PartyPolicy.TextMaxLength).WithMessage(p => TooLong("De visie", p.Name, p.Vision));
            party.RuleFor(p => p.Intentions).MaximumLength(PartyPolicy.TextMaxLength).WithMessage(p => TooLong("De beleidsvoornemens", p.Name, p.Intentions));
            party.RuleFor(p => p.Accountability).MaximumLength(PartyPolicy.TextMaxLength).WithMessage(p => TooLong("De verantwoording", p.Name, p.Accountability));
        });
    }

    private static string TooLong(string what, string party, string? text) =>
        $"{what} bij {(party.Length > 0 ? party : "een verbonden partij")} is {Thousands(text!.Length)} tekens; het maximum is " +
        $"{Thousands(PartyPolicy.TextMaxLength)}. Er is niets opgeslagen; uw tekst staat nog in het veld.";

    private static string Thousands(int number) => number.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
}
