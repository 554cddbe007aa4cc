namespace Samenwerking.Web.Domain;

/// <summary>The kind of regeling follows from the bodies its participants take part with.</summary>
public static class RegelingKinds
{
    private static readonly GoverningBody[] MunicipalBodies = [GoverningBody.Raad, GoverningBody.College, GoverningBody.Burgemeester];

    /// <summary>
    /// The kind of a regeling whose current participants take part with these bodies (one set per participant);
    /// null when no municipal body is known (a regeling between provinces or waterschappen alone is none of these).
    /// </summary>
    public static RegelingKind? Of(IEnumerable<IReadOnlyCollection<GoverningBody>> participantBodies)
    {
        var bodies = participantBodies.SelectMany(b => b).ToHashSet();
        if (!bodies.Overlaps(MunicipalBodies))
        {
            return null;
        }

        if (bodies.Count > 1)
        {
            return RegelingKind.GemengdeRegeling;
        }

        return bodies.Single() switch
        {
            GoverningBody.Raad => RegelingKind.Raadsregeling,
            GoverningBody.College => RegelingKind.Collegeregeling,
            _ => RegelingKind.Burgemeestersregeling,
        };
    }
}
