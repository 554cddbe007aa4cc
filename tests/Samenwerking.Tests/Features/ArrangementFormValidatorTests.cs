using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.Tests.Features;

public sealed class ArrangementFormValidatorTests
{
    private readonly ArrangementFormValidator validator = new();

    private static ArrangementForm Valid() => new()
    {
        Name = "GGD Regio",
        GoalLevel = GoalLevel.Tactisch,
        LegalForm = LegalForm.OpenbaarLichaam,
        Memberships =
        [
            new MembershipForm { MunicipalityCode = "GM0344", JoinDate = new DateTime(2020, 1, 1), CostSharePercentage = 70 },
            new MembershipForm { MunicipalityCode = "GM0355", JoinDate = new DateTime(2020, 1, 1), CostSharePercentage = 30 },
        ],
    };

    [Fact]
    public void Accepts_a_complete_arrangement() => Assert.True(validator.Validate(Valid()).IsValid);

    [Fact]
    public void Refuses_negative_debt_and_contributions_but_allows_negative_equity_and_a_loss()
    {
        var form = Valid();
        form.FinancialYears = [new FinancialYearForm { Year = 2026, EquityEnd = -250_000, Result = -40_000, DebtEnd = -1 }];
        form.Contributions = [new ContributionForm { MembershipKey = form.Memberships[0].Key, Year = 2026, Budgeted = -5 }];

        var errors = validator.Validate(form).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

        Assert.Equal([("FinancialYears[0].DebtEnd", "Vreemd vermogen is niet negatief."), ("Contributions[0].Budgeted", "Een bijdrage is niet negatief.")], errors);
    }

    [Fact]
    public void Lets_a_municipality_join_again_after_it_left()
    {
        var form = Valid();
        form.Memberships[0].LeaveDate = new DateTime(2022, 1, 1);
        form.Memberships.Add(new MembershipForm { MunicipalityCode = "GM0344", JoinDate = new DateTime(2022, 1, 1) });

        Assert.True(validator.Validate(form).IsValid);
    }

    [Fact]
    public void Adds_up_only_the_shares_of_members_at_the_same_time()
    {
        var form = Valid();
        form.Memberships[0].LeaveDate = new DateTime(2022, 1, 1);
        form.Memberships.Add(new MembershipForm { MunicipalityCode = "GM0310", JoinDate = new DateTime(2022, 1, 1), CostSharePercentage = 70 });

        Assert.True(validator.Validate(form).IsValid);

        form.Memberships[2].JoinDate = new DateTime(2021, 6, 1);
        Assert.Contains(validator.Validate(form).Errors, e => e.ErrorMessage == "De verdeelsleutels van de deelnemers zijn samen meer dan 100 %.");
    }

    [Fact]
    public void Requires_a_participating_central_municipality_for_a_centrumregeling()
    {
        var form = Valid();
        form.LegalForm = LegalForm.Centrumregeling;
        Assert.Contains(validator.Validate(form).Errors, e => e.PropertyName == "CentralMunicipalityCode");

        form.CentralMunicipalityCode = "GM0355";
        Assert.True(validator.Validate(form).IsValid);
    }

    [Fact]
    public void Asks_for_exactly_one_participant_per_membership()
    {
        var form = Valid();
        form.Memberships.Add(new MembershipForm());
        form.Memberships.Add(new MembershipForm { MunicipalityCode = "GM0014", OrganisationId = 1 });

        var errors = validator.Validate(form).Errors.Where(e => e.ErrorMessage == "Kies één gemeente of één andere organisatie.");

        Assert.Equal(["Memberships[2].MunicipalityCode", "Memberships[3].MunicipalityCode"], errors.Select(e => e.PropertyName));
    }

    [Theory]
    [InlineData("2020-01-01", "2021-01-01", "2021-01-01", null, false)]
    [InlineData("2020-01-01", "2021-01-01", "2020-12-31", null, true)]
    [InlineData(null, null, "1990-01-01", "1991-01-01", true)]
    [InlineData("2020-01-01", null, null, "2020-01-01", false)]
    public void Periods_overlap_unless_one_ends_when_the_other_starts(string? startA, string? endA, string? startB, string? endB, bool overlap) =>
        Assert.Equal(overlap, ArrangementFormValidator.Overlap(Date(startA), Date(endA), Date(startB), Date(endB)));

    private static DateTime? Date(string? text) =>
        text is null ? null : DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
