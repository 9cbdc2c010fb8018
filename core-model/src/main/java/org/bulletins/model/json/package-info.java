/**
 * The JSON form of the model, read and written with one preconfigured Jackson mapper.
 *
 * @see org.bulletins.model.json.BulletinsJson
 */
package org.bulletins.model.json;
