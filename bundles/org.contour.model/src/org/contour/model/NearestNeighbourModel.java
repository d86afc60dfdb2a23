/**
 */
package org.contour.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Nearest Neighbour Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.NearestNeighbourModel#getK <em>K</em>}</li>
 *   <li>{@link org.contour.model.NearestNeighbourModel#getPoints <em>Points</em>}</li>
 *   <li>{@link org.contour.model.NearestNeighbourModel#getPointClasses <em>Point Classes</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getNearestNeighbourModel()
 * @model
 * @generated
 */
public interface NearestNeighbourModel extends TaughtModel {
	/**
	 * Returns the value of the '<em><b>K</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>K</em>' attribute.
	 * @see #setK(int)
	 * @see org.contour.model.ContourPackage#getNearestNeighbourModel_K()
	 * @model
	 * @generated
	 */
	int getK();

	/**
	 * Sets the value of the '{@link org.contour.model.NearestNeighbourModel#getK <em>K</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>K</em>' attribute.
	 * @see #getK()
	 * @generated
	 */
	void setK(int value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference points, row-major, one row of featureNames.size() values per point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double[])
	 * @see org.contour.model.ContourPackage#getNearestNeighbourModel_Points()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getPoints();

	/**
	 * Sets the value of the '{@link org.contour.model.NearestNeighbourModel#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double[] value);

	/**
	 * Returns the value of the '<em><b>Point Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Point Classes</em>' attribute.
	 * @see #setPointClasses(int[])
	 * @see org.contour.model.ContourPackage#getNearestNeighbourModel_PointClasses()
	 * @model dataType="org.contour.model.IntArray"
	 * @generated
	 */
	int[] getPointClasses();

	/**
	 * Sets the value of the '{@link org.contour.model.NearestNeighbourModel#getPointClasses <em>Point Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Point Classes</em>' attribute.
	 * @see #getPointClasses()
	 * @generated
	 */
	void setPointClasses(int[] value);

} // NearestNeighbourModel
