namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>What an import reads from the export: the regeling versions, and the addresses of the organisations.</summary>
public sealed record RooExport(IReadOnlyList<RooRegeling> Regelingen, IReadOnlyDictionary<string, IReadOnlyList<RooAddress>> OrganisationAddresses)
{
    /// <summary>The addresses of the regeling, else those of the body it set up.</summary>
    public IReadOnlyList<RooAddress> AddressesOf(RooRegeling regeling) =>
        regeling.Addresses.Count > 0 || regeling.BodySystemId is null
            ? regeling.Addresses
            : OrganisationAddresses.GetValueOrDefault(regeling.BodySystemId) ?? [];
}
