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
export async function postDeviceManagementImportedDeviceIdentities(client, body, options) {
	return client.request({
		method: "POST",
		path: "/deviceManagement/importedDeviceIdentities",
		body: {
			kind: "json",
			value: body
		},
		options
	});
}
