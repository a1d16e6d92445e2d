using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Device.Tests.Images;

public class FactoryImagesTests
{
    public static TheoryData<string> FileNames => new(FactoryImages.All.Select(i => i.FileName));

    /// <summary>
    /// The committed files equal what <see cref="FactoryImages"/> generates today. To regenerate after a deliberate change:
    /// <c>UPDATE_FACTORY_IMAGES=1 dotnet test tests/FlexFabricSim.Device.Tests --filter FactoryImagesTests</c> (refused under CI=true).
    /// </summary>
    [Theory]
    [MemberData(nameof(FileNames))]
    public void Committed_factory_images_regenerate_byte_identical(string fileName)
    {
        var image = FactoryImages.Find(fileName) ?? throw new InvalidOperationException(fileName);
        var path = Path.Combine(RepoPaths.FirmwareImages, fileName);
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && Environment.GetEnvironmentVariable("UPDATE_FACTORY_IMAGES") == "1")
        {
            Directory.CreateDirectory(RepoPaths.FirmwareImages);
            FirmwareImage.Write(path, image.Create());
        }
        Assert.True(File.Exists(path), $"{path} is missing; regenerate with UPDATE_FACTORY_IMAGES=1 (see this test's summary).");
        Assert.True(image.Encode().AsSpan().SequenceEqual(File.ReadAllBytes(path)),
            $"{fileName} differs from what FactoryImages generates; if the change is deliberate, regenerate with UPDATE_FACTORY_IMAGES=1.");
        Assert.Equal(image.Create(), FirmwareImage.Read(path, image.Model));
    }

    [Fact]
    public void There_is_one_image_per_model_plus_one_without_iSCSI_firmware()
    {
        Assert.Equal(
            ["534m.ffimg", "534flr-sfp.ffimg", "534flb.ffimg", "cn1100r.ffimg", "534flr-sfp-no-iscsi-fw.ffimg"],
            FactoryImages.All.Select(i => i.FileName));
        foreach (var model in AdapterCatalog.All)
        {
            Assert.Contains(FactoryImages.All,
                i => i.Model == model.Model && i.FileName == model.FileStem + ".ffimg" && i.IscsiBootFirmware);
        }
        var noFirmware = FactoryImages.Find("534flr-sfp-no-iscsi-fw") ?? throw new InvalidOperationException();
        Assert.False(noFirmware.Create().OptionRom.HasIscsiBootFirmware);
        Assert.Equal(AdapterModel.Hp534FlrSfp, FactoryImages.Default.Model);
        Assert.Null(FactoryImages.Find("nope"));
    }

    [Fact]
    public void Factory_images_use_HP_addresses_and_never_share_one()
    {
        var all = FactoryImages.All.SelectMany(i =>
        {
            var config = i.Create();
            return Enumerable.Range(0, 2).SelectMany(p => Enumerable.Range(0, 4).SelectMany(f =>
                new[] { config.EthernetMac(new NvramAddress(p, f)), config.IscsiMac(new NvramAddress(p, f)) }));
        }).ToArray();
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.All(all, mac => Assert.StartsWith("00:17:A4", mac.ToString()));
    }

    [Fact]
    public void WriteAll_writes_every_image()
    {
        using var folder = new TempFolder();
        FactoryImages.WriteAll(folder.Path);
        Assert.All(FactoryImages.All, i => Assert.Equal(i.Encode(), File.ReadAllBytes(Path.Combine(folder.Path, i.FileName))));
    }
}
