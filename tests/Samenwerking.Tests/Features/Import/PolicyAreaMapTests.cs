using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Tests.Features.Import;

public sealed class PolicyAreaMapTests
{
    [Theory]
    [InlineData("openbare orde en veiligheid | criminaliteit", "1")]
    [InlineData("zorg en gezondheid", "7")]
    [InlineData("zorg en gezondheid | jeugdzorg", "6")]
    [InlineData("werk", "6")]
    [InlineData("natuur en milieu | afval", "7")]
    [InlineData("ruimte en infrastructuur | ruimtelijke ordening", "8")]
    [InlineData("verkeer | openbaar vervoer", "2")]
    [InlineData("overheidsfinanciën | belasting", "0")]
    [InlineData("Organisatie en bedrijfsvoering", "0")]
    public void Maps_a_national_policy_area_to_its_BBV_main_group(string label, string code) => Assert.Equal(code, PolicyAreaMap.CodeFor(label));

    [Fact]
    public void Knows_nothing_of_an_unknown_label() => Assert.Null(PolicyAreaMap.CodeFor("ruimtevaart"));
}
