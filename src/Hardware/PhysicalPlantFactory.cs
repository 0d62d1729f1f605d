using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using CryoWeb.Hardware.Configuration;
using CryoWeb.Hardware.Gpio;
using CryoWeb.Hardware.Heartbeat;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples.Max31856;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware;

/// <summary>
/// Builds the real console's devices from validated options: the valve bank first (so every valve is driven closed
/// before anything else can fail), then the heartbeat, the thermocouple amplifiers (configured and read back) and
/// the pressure ADC. If any device fails, everything built so far is disposed, which closes the valves.
/// The valve bank refuses active-low valves, before opening any line, when the controller's driver (also the one
/// GpioDriver Auto picked) is not known to open outputs glitch-free; see <see cref="GpioOutputStartup"/>.
/// </summary>
public static class PhysicalPlantFactory
{
    public static PlantHardware Create(HardwareOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var built = new Stack<IDisposable>();
        try
        {
            var controller = GpioControllerFactory.Create(Enum.Parse<GpioDriverKind>(options.GpioDriver, ignoreCase: true), options.GpioChip);
            built.Push(controller);
            int probes = options.Valves.Probes.Count;
            var valves = new GpioValveBank(controller, ownsController: false, probes, ValvePins(options.Valves), time);
            built.Push(valves);
            var heartbeat = new GpioHeartbeat(controller, options.HeartbeatPin!.Value);
            built.Push(heartbeat);
            var thermocouples = CreateThermocouples(options.Thermocouples, controller, time);
            built.Push(thermocouples);
            var pressure = CreatePressure(options.Pressure, time);
            built.Push(pressure);
            var channels = options.Thermocouples.Channels
                .Select(c => new ThermocoupleChannelInfo(c.Name, c.TipOfProbe - 1))
                .ToList();
            return new PlantHardware(
                $"GPIO valves ({probes} probe(s)), {channels.Count} MAX31856 thermocouple(s) on SPI {options.Thermocouples.SpiBus}, ADS1115 at I2C {options.Pressure.I2cBus}:0x{options.Pressure.Address:X2}",
                valves,
                thermocouples,
                pressure,
                heartbeat,
                channels,
                owner: controller);
        }
        catch
        {
            while (built.TryPop(out var device))
            {
                device.Dispose();
            }

            throw;
        }
    }

    private static IEnumerable<ValvePin> ValvePins(ValveBankOptions valves)
    {
        for (int i = 0; i < valves.Probes.Count; i++)
        {
            yield return Pin(ValveId.FreezeOf(i), valves.Probes[i].Freeze);
            yield return Pin(ValveId.ThawOf(i), valves.Probes[i].Thaw);
        }

        yield return Pin(ValveId.ArgonSupply, valves.ArgonSupply);
        yield return Pin(ValveId.ThawSupply, valves.ThawSupply);
        yield return Pin(ValveId.Vent, valves.Vent);
    }

    private static ValvePin Pin(ValveId valve, ValvePinOptions pin) => new(valve, pin.Pin!.Value, pin.ActiveLow);

    private static Max31856ThermocoupleBank CreateThermocouples(ThermocoupleBankOptions options, GpioController controller, TimeProvider time)
    {
        var settings = new Max31856Settings(
            Enum.Parse<ThermocoupleType>(options.Type, ignoreCase: true),
            (Averaging)int.Log2(options.Averaging),
            options.MainsHz == 60 ? MainsRejection.Hz60 : MainsRejection.Hz50);
        var devices = new List<IDisposable>();
        var channels = new List<Max31856Channel>();
        SpiDevice? shared = null;
        try
        {
            foreach (var channel in options.Channels)
            {
                SpiDevice spi;
                IChipSelect chipSelect;
                if (channel.ChipSelectLine is int line)
                {
                    spi = SpiDevice.Create(Max31856Spi.CreateConnectionSettings(options.SpiBus, line, options.ClockHz));
                    devices.Add(spi);
                    chipSelect = new NativeChipSelect();
                }
                else
                {
                    if (shared is null)
                    {
                        shared = SpiDevice.Create(Max31856Spi.CreateConnectionSettings(options.SpiBus, Max31856Spi.NoChipSelectLine, options.ClockHz));
                        devices.Add(shared);
                    }

                    spi = shared;
                    chipSelect = new GpioChipSelect(controller, channel.ChipSelectPin!.Value);
                }

                channels.Add(new Max31856Channel(spi, chipSelect, settings, time, channel.Name));
            }

            var bank = new Max31856ThermocoupleBank(channels, devices);
            for (int i = 0; i < channels.Count; i++)
            {
                try
                {
                    channels[i].Configure();
                }
                catch (Max31856ConfigurationException e)
                {
                    bank.Dispose();
                    throw new InvalidOperationException($"{HardwareOptions.SectionName}:Thermocouples:Channels:{i} ('{channels[i].Name}'): {e.Message}", e);
                }
            }

            return bank;
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            channels.ForEach(c => c.Dispose());
            devices.ForEach(d => d.Dispose());
            throw;
        }
    }

    private static Ads1115SupplyPressureSensors CreatePressure(PressureOptions options, TimeProvider time)
    {
        static PressureTransducerScale Scale(PressureInputOptions input) => new(input.MinVolts, input.MaxVolts, input.MinPsi, input.MaxPsi);
        var channels = new List<Ads1115PressureChannel>();
        if (options.Argon.Input is int argon)
        {
            channels.Add(new Ads1115PressureChannel(GasSupply.Argon, argon, Scale(options.Argon)));
        }

        if (options.ThawGas.Input is int thaw)
        {
            channels.Add(new Ads1115PressureChannel(GasSupply.ThawGas, thaw, Scale(options.ThawGas)));
        }

        return new Ads1115SupplyPressureSensors(I2cDevice.Create(new I2cConnectionSettings(options.I2cBus, options.Address)), channels, time);
    }
}
