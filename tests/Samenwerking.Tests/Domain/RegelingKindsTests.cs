using Samenwerking.Web.Domain;

namespace Samenwerking.Tests.Domain;

public sealed class RegelingKindsTests
{
    private static RegelingKind? KindOf(params GoverningBody[][] participants) =>
        RegelingKinds.Of(participants.Select(p => (IReadOnlyCollection<GoverningBody>)p));

    [Fact]
    public void Calls_a_regeling_of_colleges_alone_a_collegeregeling() =>
        Assert.Equal(RegelingKind.Collegeregeling, KindOf([GoverningBody.College], [GoverningBody.College]));

    [Fact]
    public void Calls_a_regeling_of_councils_alone_a_raadsregeling() =>
        Assert.Equal(RegelingKind.Raadsregeling, KindOf([GoverningBody.Raad], [GoverningBody.Raad]));

    [Fact]
    public void Calls_a_regeling_of_mayors_alone_a_burgemeestersregeling() =>
        Assert.Equal(RegelingKind.Burgemeestersregeling, KindOf([GoverningBody.Burgemeester]));

    [Fact]
    public void Calls_a_regeling_mixed_when_a_municipality_takes_part_with_council_and_college() =>
        Assert.Equal(RegelingKind.GemengdeRegeling, KindOf([GoverningBody.Raad, GoverningBody.College], [GoverningBody.College]));

    [Fact]
    public void Calls_a_regeling_mixed_when_a_province_takes_part_beside_the_colleges() =>
        Assert.Equal(RegelingKind.GemengdeRegeling, KindOf([GoverningBody.College], [GoverningBody.GedeputeerdeStaten]));

    [Fact]
    public void Gives_no_kind_without_any_municipal_body()
    {
        Assert.Null(KindOf());
        Assert.Null(KindOf([], []));
        Assert.Null(KindOf([GoverningBody.GedeputeerdeStaten], [GoverningBody.ProvincialeStaten]));
    }
}
