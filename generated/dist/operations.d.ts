import type { GraphClient, RequestOptions } from "./client/runtime.js";
import type { AnyImportedDeviceIdentity, ImportedDeviceIdentity } from "./models.js";
/**
* Add importedDeviceIdentities
*
* Add importedDeviceIdentities by posting to the importedDeviceIdentities collection.
*
* `POST /deviceManagement/importedDeviceIdentities`
*
* Permissions:
* - Delegated (work or school account): DeviceManagementServiceConfig.ReadWrite.All
* - Delegated (personal Microsoft account): not supported
* - Application: not supported
*
* Source: intune-enrollment-importeddeviceidentity-create.md:31
*
* @throws GraphRequestError when the service answers with an error status.
*/
export declare function postDeviceManagementImportedDeviceIdentities(client: GraphClient, body: ImportedDeviceIdentity & Required<Pick<ImportedDeviceIdentity, "description" | "enrollmentState" | "importedDeviceIdentifier" | "importedDeviceIdentityType" | "lastContactedDateTime" | "platform">>, options?: RequestOptions): Promise<AnyImportedDeviceIdentity>;
