using Samenwerking.Web.Features.Congruence;

namespace Samenwerking.Tests.Features.Congruence;

public sealed class CongruenceScoreTests
{
    private static HashSet<string> Set(params string[] codes) => codes.ToHashSet();

    [Fact]
    public void Jaccard_is_the_shared_part_of_all_partners() =>
        Assert.Equal(2.0 / 4, CongruenceScore.Jaccard(Set("a", "b", "c"), Set("b", "c", "d")));

    [Fact]
    public void Identical_partner_sets_score_one_and_disjoint_ones_zero()
    {
        Assert.Equal(1, CongruenceScore.Of([Set("a", "b"), Set("b", "a"), Set("a", "b")]));
        Assert.Equal(0, CongruenceScore.Of([Set("a"), Set("b"), Set("c")]));
    }

    [Fact]
    public void Averages_over_every_pair()
    {
        // {a,b} ~ {a,b}: 1; {a,b} ~ {a,c}: 1/3; {a,b} ~ {a,c}: 1/3 → mean 5/9.
        var score = CongruenceScore.Of([Set("a", "b"), Set("a", "b"), Set("a", "c")]);

        Assert.Equal(5.0 / 9, score!.Value, 10);
    }

    [Fact]
    public void Has_no_score_for_fewer_than_two_arrangements()
    {
        Assert.Null(CongruenceScore.Of<string>([]));
        Assert.Null(CongruenceScore.Of([Set("a")]));
        Assert.Equal("Eén samenwerkingsverband: er is niets te vergelijken.", CongruenceScore.Explain(null, 1));
    }

    [Theory]
    [InlineData(1.0, "Volledig congruent")]
    [InlineData(0.8, "Sterk congruent")]
    [InlineData(0.55, "Deels congruent")]
    [InlineData(0.3, "Weinig congruent")]
    [InlineData(0.1, "Niet congruent")]
    public void Explains_the_score_in_plain_Dutch(double score, string expected) =>
        Assert.StartsWith(expected, CongruenceScore.Explain(score, 3), StringComparison.Ordinal);

    [Theory]
    [InlineData("6.72", "jeugd")]
    [InlineData("6.71", "Wmo")]
    [InlineData("6.3", "werk en inkomen")]
    [InlineData("7.1", null)]
    public void Knows_the_themes_of_the_social_domain_by_taakveld(string taakveld, string? theme) =>
        Assert.Equal(theme, SocialDomain.ThemeOf(taakveld));
}
