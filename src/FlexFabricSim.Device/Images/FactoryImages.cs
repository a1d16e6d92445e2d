using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Images;

/// <summary>
/// The factory images in <c>firmware-images/</c>. Base MACs use HP's OUI 00:17:A4 with a block of 16 addresses per image
/// (2 ports x 8, <see cref="MacPlan"/>), so no two images share an address. A test regenerates every image and compares
/// it byte for byte with the file (<c>UPDATE_FACTORY_IMAGES=1</c> rewrites them, never under <c>CI=true</c>).
/// </summary>
public static class FactoryImages
{
    /// <summary>Every factory image, one per model, then the special ones.</summary>
    public static IReadOnlyList<FactoryImage> All { get; } =
    [
        new("534m.ffimg", AdapterModel.Hp534M, MacAddress.Parse("00:17:A4:77:00:10"), true,
            "HP FlexFabric 10Gb 2-port 534M, factory settings"),
        new("534flr-sfp.ffimg", AdapterModel.Hp534FlrSfp, MacAddress.Parse("00:17:A4:77:00:20"), true,
            "HP FlexFabric 10Gb 2-port 534FLR-SFP+, factory settings"),
        new("534flb.ffimg", AdapterModel.Hp534Flb, MacAddress.Parse("00:17:A4:77:00:30"), true,
            "HP FlexFabric 10Gb 2-port 534FLB, factory settings"),
        new("cn1100r.ffimg", AdapterModel.Cn1100R, MacAddress.Parse("00:17:A4:77:00:40"), true,
            "HP StoreFabric CN1100R, factory settings"),
        new("534flr-sfp-no-iscsi-fw.ffimg", AdapterModel.Hp534FlrSfp, MacAddress.Parse("00:17:A4:77:00:50"), false,
            "534FLR-SFP+ without iSCSI boot firmware: the iSCSI menu has no effect (G p.6, T8 p.27)"),
    ];

    /// <summary>The image used when none is given (the menus' default): the 534FLR-SFP+.</summary>
    public static FactoryImage Default => All[1];

    /// <summary>The factory image named <paramref name="fileName"/> (with or without <c>.ffimg</c>), or <c>null</c>.</summary>
    public static FactoryImage? Find(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.EndsWith(FirmwareImage.Extension, StringComparison.OrdinalIgnoreCase)
            ? fileName
            : fileName + FirmwareImage.Extension;
        return All.FirstOrDefault(i => i.FileName.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Writes every factory image into <paramref name="folder"/> (atomically, one by one).</summary>
    public static void WriteAll(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        foreach (var image in All)
        {
            FirmwareImage.Write(Path.Combine(folder, image.FileName), image.Create());
        }
    }
}
